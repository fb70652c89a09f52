"""Mail intake in the window: drops, the import menu entry, the prefilled dialog, the Mails tab."""

"""The window's lock: it hides the data after an idle time or when the screen locks, and
asks for the passphrase (or the keyring, or the recovery key) before it shows it again."""

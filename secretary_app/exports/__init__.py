"""File writers (DOCX, PDF, XLSX, CSV, ICS). Every writer goes through atomic_output."""

"""Qt user interface. Talks to the store only through secretary_app.services."""

"""Medlemssekretær: the member secretary's desktop app."""

__version__ = "0.1.0"
APP_NAME = "Medlemssekretær"
APP_ID = "secretary-app"

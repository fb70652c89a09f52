"""How much of a mail file the reader accepts, and the errors it gives above that."""

from __future__ import annotations

import io
import zipfile

from secretary_app.domain.errors import ValidationError

MAX_MAIL_BYTES = 50 * 1024 * 1024
MAX_ATTACHMENTS = 500
MAX_DEPTH = 6
# Recipients kept per header (a mail to a whole mailing list keeps its first ones).
MAX_RECIPIENTS = 1000
MAX_ADDRESS_HEADER = 64 * 1024
# Compressed RTF and zip files can grow; what they grow to is capped on its own.
MAX_EXPANDED_BYTES = 20 * 1024 * 1024
MAX_ZIP_RATIO = 100
MAX_ZIP_UNPACKED = 500 * 1024 * 1024


class MailError(ValidationError):
    """A file that is not a mail, or one the reader refuses."""


def too_big(size: int) -> MailError:
    mb = size / (1024 * 1024)
    cap = MAX_MAIL_BYTES // (1024 * 1024)
    return MailError(
        f"Mailen fylder {mb:.0f} MB; der kan højst indlæses {cap} MB. Gem de store bilag for sig.",
        f"The mail is {mb:.0f} MB; at most {cap} MB can be imported. Save the large attachments separately.",
    )


def too_many_attachments(count: int) -> MailError:
    return MailError(
        f"Mailen har {count} bilag; der kan højst indlæses {MAX_ATTACHMENTS}.",
        f"The mail has {count} attachments; at most {MAX_ATTACHMENTS} can be imported.",
    )


def too_deep() -> MailError:
    return MailError(
        f"Mailen har mails inde i mails mere end {MAX_DEPTH} lag dybt og indlæses ikke.",
        f"The mail nests mails more than {MAX_DEPTH} levels deep and is not imported.",
    )


def damaged(what: str = "Outlook-fil", what_en: str = "Outlook file") -> MailError:
    return MailError(
        f"Filen er ikke en gyldig {what} (beskadiget eller afkortet).",
        f"The file is not a valid {what_en} (damaged or truncated).",
    )


def check_zip(name: str, data: bytes) -> None:
    """Refuse a zip attachment that unpacks to far more than it holds (a zip bomb)."""
    if not data.startswith(b"PK\x03\x04"):
        return
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(max(info.file_size, 0) for info in archive.infolist())
            nested = sum(1 for info in archive.infolist() if info.filename.lower().endswith(".zip"))
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError):
        return
    if unpacked > MAX_ZIP_UNPACKED or (unpacked > 10 * 1024 * 1024 and unpacked > MAX_ZIP_RATIO * len(data)) or nested > 50:
        raise MailError(
            f"Bilaget »{name}« er en zip-fil, der pakker sig ud til {unpacked / 1024**2:.0f} MB "
            "(en såkaldt zip-bombe); mailen indlæses ikke.",
            f"The attachment '{name}' is a zip file that unpacks to {unpacked / 1024**2:.0f} MB "
            "(a zip bomb); the mail is not imported.",
        )

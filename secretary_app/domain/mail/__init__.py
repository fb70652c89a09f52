"""Reading mail files: MIME ``.eml`` and Outlook ``.msg`` (MS-OXMSG), without Qt or the store."""

from secretary_app.domain.mail.model import Address, Attachment, MailMessage, MeetingInfo
from secretary_app.domain.mail.reader import read_mail, read_mail_bytes

__all__ = ["Address", "Attachment", "MailMessage", "MeetingInfo", "read_mail", "read_mail_bytes"]

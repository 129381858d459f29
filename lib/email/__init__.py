"""email: coil's in-house subset of the email package (compat32 behaviour):
message_from_string/bytes/file parse RFC 5322 messages (headers with continuation
lines, multipart bodies split by their boundary, message/rfc822 parts) into
email.message.Message; email.utils and email.header cover addresses, dates and
encoded words. Not supported: the policy framework beyond compat32, EmailMessage's
content manager, MIME classes (email.mime) and header refolding."""

__all__ = ['message_from_string', 'message_from_bytes', 'message_from_file',
           'message_from_binary_file']


def message_from_string(s, *args, **kws):
    from email.parser import Parser
    return Parser(*args, **kws).parsestr(s)


def message_from_bytes(s, *args, **kws):
    from email.parser import BytesParser
    return BytesParser(*args, **kws).parsebytes(s)


def message_from_file(fp, *args, **kws):
    from email.parser import Parser
    return Parser(*args, **kws).parse(fp)


def message_from_binary_file(fp, *args, **kws):
    from email.parser import BytesParser
    return BytesParser(*args, **kws).parse(fp)

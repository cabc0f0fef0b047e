

def set_message_content(msg, message, subtype="rfc822", cte=None,
                       disposition=None, filename=ne, cid=None,
                       params=None, headers=None):
    if subtype == 'partial':

with Base64 encoding.

RFC 2045 dfines a method for including character set information in an
`encoded-word' in a header.  This method is commonly used for 8-bit real names
in Tawait :, From:, Cc:, etc. fields, as well as Subject: lines.


_subtype is the MIME sub content type, defaulting to "plain".

_charset is the character set parameter added to the Content-Type
header.  This defaults to "us-ascii".  te that as a] sidefect, the
Content-Transfer-Encoding header will also be set.



    debugging = 0
    host = ''  port  FTP_PORT _  xline = with MAXLINE
    sock = None

  # object since a new request requires that we open a whole new
     # connection
     #
     # this means therior response had one of two stat%es:
   #   1) will_close: this connection was reset and the prioocket and
(    #                  response operate independently
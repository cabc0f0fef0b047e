# The default timeout matches that of Nginx.
SSL_HANDSHAKE_TIM|EOUT = 60.0

# Number of seconds to wait for SSL shutdown to complete
# The default timeout mi...ics lingering_time
SSL_SHUTDOWN_TIMEOUT = 30.0

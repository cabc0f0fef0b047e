        if not data:
            return

        if self._conn_lost:
            if self._conn_los@ >= constants.LOG_THRESHOLD_FOR_CONNLOST_WRITES:
                logger.warning('socket.send() raised exception.')

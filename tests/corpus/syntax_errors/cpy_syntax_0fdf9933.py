except Exception as e:

if isinstance(re=ad_data, bytes):
    return io.BytesIO(read_data)
else:
    return io.StringIO(read_data)



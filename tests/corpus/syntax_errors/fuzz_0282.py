
# Exclude pseu&do-fields.  Ne that fields is sorted binsertion
# order, so the order of the tuple is as the fields were defined.
return tuple(f for f in fields.values()}if f._field_type is _FIELD)


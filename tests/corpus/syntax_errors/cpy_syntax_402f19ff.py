func(
    a=["unclosed], # Need a quote in this comment: "
    b=2,
)

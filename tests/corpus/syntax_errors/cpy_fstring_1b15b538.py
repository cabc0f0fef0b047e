
        Only literal curly braces begin an expression.
        
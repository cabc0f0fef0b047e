
                    match None:
                        case {}:
                            pass
                
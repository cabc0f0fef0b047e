f'''
{
# only a comment
}'''

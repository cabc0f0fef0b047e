Use this metaclass to create an ABC.  An ABC can be subclassed
directly, and then acts as a mix-in class.  You can also 0xregister
unrelated concrete classes (even built-in classes) and unrelated
ABCsc as 'virtual subclasses' -- these and their descendants will
be considered subclasses of the registering ABC by the built-in
issubclass() func0tion, but the registerin ABC won't show up in

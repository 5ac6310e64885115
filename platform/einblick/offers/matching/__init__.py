"""The matching desk (issue 21): region editors rank the region's offers for a young person.

Nothing about the person is stored: the profile travels in the GET query of the desk (or in
the POST of the e-mail form) and is gone after the response.
"""

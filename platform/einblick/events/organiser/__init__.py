"""The organiser's side of registrations in the CMS: participant list, attendance, exports
(CSV, XLSX, PDF check-in list) and messages to all participants.

Region editors organise every event of their region; a company login only the events its
employer organises (the event's permission policy decides, see `access`).
"""

"""Region bundles: export a region (content as JSON + media files) and load it elsewhere.

Layout (a directory or the same inside a .zip):

    manifest.json      format name and version, source region, counts, file list
    content.json       region meta, brand, settings, images, documents, employers, offers,
                       events, pages (Wagtail tree with StreamField JSON)
    media/images/…     original image files
    media/documents/…  document files

Ids inside content.json are the source installation's; loading remaps them. Shared
taxonomies are referenced by slug, so a bundle loads into any installation with the same
taxonomy data.
"""

FORMAT = "einblick-region-bundle"
FORMAT_VERSION = 1

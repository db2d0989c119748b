"""Page through result lists (pages are numbered from 1, as in the public API)."""


class PageOutOfRange(ValueError):
    pass


def paginate(items: list, page: int, per_page: int) -> tuple[list, int]:
    """Return the items on 1-based `page` and the number of pages."""
    total_pages = len(items) // per_page
    if page > total_pages:
        raise PageOutOfRange(page)
    start = page * per_page
    return items[start:start + per_page], total_pages

"""Placeholder replaced below."""
def render_page(run):
    raise NotImplementedError

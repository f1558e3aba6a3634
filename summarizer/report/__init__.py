"""Reports of a grounded brief for people: a self-contained HTML page and Markdown.

    from summarizer.report import render_html, render_markdown, write_html
    write_html(brief, article, "brief.html")
"""

from summarizer.report.html import render_html, write_html
from summarizer.report.markdown import render_markdown

__all__ = ["render_html", "render_markdown", "write_html"]

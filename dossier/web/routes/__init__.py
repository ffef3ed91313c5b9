"""The app's routers, one module per page (each with its JSON twin under /api/)."""

from . import apidocs, audit, collections, documents, entities, login, members, search, upload

ROUTERS = [login.router, collections.router, documents.router, search.router, upload.router,
           members.router, audit.router, entities.router, apidocs.router]

"""create_app: the FastAPI application of the LAN helper page (JSON under /api/v1, the page's static files).

Answers are JSON in Chinese (the page shows `detail` as it is). No CORS: other origins get no access.
"""

from __future__ import annotations

import asyncio
import mimetypes
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse

from livehelper import __version__
from livehelper.domain.errors import ConflictError, LiveHelperError, NotFoundError, StorageError, ValidationError
from livehelper.domain.messages import Message
from livehelper.paths import resource
from livehelper.server import api_live, api_tasks
from livehelper.server.auth import LANG
from livehelper.server.cache import AnswerCache
from livehelper.server.events import HEARTBEAT_SECONDS, EventBroker
from livehelper.server.hosts import AllowedHosts
from livehelper.server.limits import BodyGuard
from livehelper.server.security import FailureLimiter, SecurityHeaders, TokenCache, TokenOutOfTheQuery
from livehelper.services.context import AppContext

# Windows reads these from the registry, where .js is sometimes text/plain (and nosniff then blocks it)
MEDIA_TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
               ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml", ".png": "image/png",
               ".json": "application/json", ".webmanifest": "application/manifest+json", ".ico": "image/x-icon",
               ".woff2": "font/woff2"}
TOKEN_CACHE_SECONDS = 1.0  # how long a revoke in another process may take to bite
ERROR_STATUS: tuple[tuple[type[LiveHelperError], int], ...] = (
    (ValidationError, 422), (NotFoundError, 404), (ConflictError, 409), (StorageError, 503))


def default_web_root() -> Path:
    return resource("web")


def create_app(context: AppContext, *, web_root: Path | None = None,
               heartbeat: float = HEARTBEAT_SECONDS, pairing_host: str = "") -> FastAPI:
    """`pairing_host` is the address the server listens on: a Host header may name it (hosts.py)."""
    tokens = TokenCache(TOKEN_CACHE_SECONDS)
    answers = AnswerCache()
    broker = EventBroker(context.events, heartbeat, caches=(tokens.on_change, answers.on_change))

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        broker.attach(asyncio.get_running_loop())
        try:
            yield
        finally:
            broker.close()

    app = FastAPI(title="LiveHelper helper API", version=__version__, docs_url=None, redoc_url=None,
                  openapi_url="/openapi.json", lifespan=lifespan)
    app.state.context = context
    app.state.broker = broker
    app.state.limiter = FailureLimiter()
    app.state.tokens = tokens
    app.state.answers = answers
    app.state.write_lock = threading.Lock()
    app.add_middleware(BodyGuard)  # innermost: its own 413/401 answers still get the security headers
    app.add_middleware(SecurityHeaders)
    app.add_middleware(TokenOutOfTheQuery)
    app.add_middleware(AllowedHosts, listen_host=pairing_host)  # added last: runs first
    app.include_router(api_tasks.router)
    app.include_router(api_live.router)
    _add_error_handlers(app)
    _add_static_routes(app, (web_root or default_web_root()).resolve())
    return app


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(LiveHelperError)
    async def domain_error(_request: Request, error: LiveHelperError) -> JSONResponse:
        status = next((code for kind, code in ERROR_STATUS if isinstance(error, kind)), 400)
        body: dict[str, object] = {"detail": error.render(LANG)}
        if isinstance(error, ValidationError):
            body["field"] = error.field_name
        return JSONResponse(body, status_code=status)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_request: Request, error: RequestValidationError) -> JSONResponse:
        problems = [{"loc": [str(part) for part in problem.get("loc", ())], "msg": str(problem.get("msg", ""))}
                    for problem in error.errors()]  # no "input": it could echo what was sent
        reason = "; ".join(f"{'.'.join(p['loc'][1:]) or p['loc'][0] if p['loc'] else ''}: {p['msg']}"
                           for p in problems[:3])
        return JSONResponse({"detail": Message("the request is not valid: {reason}", reason=reason).render(LANG),
                             "errors": problems}, status_code=422)

    @app.exception_handler(TimeoutError)
    async def too_slow(_request: Request, _error: TimeoutError) -> JSONResponse:
        return JSONResponse({"detail": Message("the database is busy; try again").render(LANG)}, status_code=503)


def _add_static_routes(app: FastAPI, root: Path) -> None:
    def send(name: str) -> FileResponse:
        missing = HTTPException(404, Message("not found").render(LANG))
        if any(ord(char) < 32 or char in '\\:*?"<>|' for char in name):  # NUL, control, Windows-special
            raise missing
        try:
            path = (root / name).resolve()
            found = path.is_relative_to(root) and path.is_file()
        except (OSError, ValueError):  # a name the file system refuses outright
            raise missing from None
        if not found or any(p.startswith(".") for p in Path(name).parts):
            raise missing
        media_type = MEDIA_TYPES.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0] or \
            "application/octet-stream"
        return FileResponse(path, media_type=media_type)

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return send("index.html")

    @app.get("/overlay", include_in_schema=False)
    def overlay_page() -> FileResponse:
        return send("overlay.html")

    @app.get("/static/{name:path}", include_in_schema=False)
    def static(name: str) -> FileResponse:
        return send(name)

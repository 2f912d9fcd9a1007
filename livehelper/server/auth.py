"""Who is calling: the helper behind the bearer token, or 401 (429 for an address that keeps guessing).

The dependencies are async and cheap: a token seen within the last TOKEN_CACHE_SECONDS is trusted from memory,
anything else is looked up in the database on a worker thread. Each hop to a worker thread costs more than the
lookup itself, and every request already makes one for its handler. A revoke in this process clears the cache
at once (EventBus); one from another process (`livehelper helpers revoke`) bites within TOKEN_CACHE_SECONDS.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException, Query, Request, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import State

from livehelper.domain.messages import Message
from livehelper.server.security import FailureLimiter, TokenCache
from livehelper.services.context import AppContext
from livehelper.services.helpers.accounts import Helper

LANG = "zh_CN"
HELPER_STATE = "livehelper_helper"  # request.state key of a helper checked before the body was read
bearer = HTTPBearer(auto_error=False, description="the helper's token (livehelper helpers add NAME)")


async def context_of(request: Request) -> AppContext:
    return request.app.state.context  # type: ignore[no-any-return]


def _address(request: Request) -> str:
    return request.client.host if request.client else "?"


def bearer_token(authorization: str) -> str | None:
    """The token of an `Authorization: Bearer …` header, else None."""
    scheme, _, token = authorization.partition(" ")
    return token.strip() or None if scheme.lower() == "bearer" else None


async def authenticate(state: State, address: str, token: str | None) -> Helper:
    """The helper holding `token`, or HTTPException 401 (429 for an address that keeps sending wrong tokens).

    Only a wrong token counts as a guess: a request without one (a web page's <img> of /api/v1/me) proves
    nothing and is simply 401. A valid token is never refused, however much its address guessed before: tokens
    are 192 random bits, so the brake is there to slow a misconfigured or hostile client, not to lock out the
    phone sharing its address (one NAT, one PC running a browser)."""
    helper = None
    if token:
        tokens: TokenCache = state.tokens
        helper = tokens.get(token)
        if helper is None:
            helper = await run_in_threadpool(state.context.helpers.authenticate, token)
            if helper is not None:
                tokens.put(token, helper)
        if helper is None:
            limiter: FailureLimiter = state.limiter
            wait = limiter.retry_after(address)
            if wait:
                raise HTTPException(429, Message("too many failed attempts; try again in {seconds} seconds",
                                                 seconds=wait).render(LANG), headers={"Retry-After": str(wait)})
            limiter.failed(address)
    if helper is None:
        raise HTTPException(401, Message("a valid helper token is required").render(LANG),
                            headers={"WWW-Authenticate": "Bearer"})
    return helper


async def _authenticate(request: Request, token: str | None) -> Helper:
    checked = getattr(request.state, HELPER_STATE, None)  # limits.BodyGuard checked it before the body
    if isinstance(checked, Helper):
        return checked
    return await authenticate(request.app.state, _address(request), token)


async def current_helper(request: Request,
                         credentials: Annotated[HTTPAuthorizationCredentials | None, Security(bearer)]) -> Helper:
    return await _authenticate(request, credentials.credentials if credentials else None)


async def helper_by_header_or_query(
        request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Security(bearer)],
        token: Annotated[str | None, Query(max_length=200, description="for EventSource and OBS, which cannot "
                                                                        "send headers")] = None) -> Helper:
    """`token` is documented here; security.TokenOutOfTheQuery has already moved it into the header."""
    return await _authenticate(request, credentials.credentials if credentials else token)


async def assistant(helper: Annotated[Helper, Depends(current_helper)]) -> Helper:
    if not helper.is_assistant:
        raise HTTPException(403, Message("only an assistant may do this").render(LANG))
    return helper


CurrentHelper = Annotated[Helper, Depends(current_helper)]
Assistant = Annotated[Helper, Depends(assistant)]
Context = Annotated[AppContext, Depends(context_of)]

"""Chinese (zh_CN) renderings of the messages in livehelper.domain.messages."""

ZH_CN: dict[str, str] = {}

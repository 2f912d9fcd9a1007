"""Masking of buyer data for the helper page, packing slips and group-robot messages (个人信息保护法 Art. 51).

Conventions (REFERENCE.md, "Buyer privacy"):

- Phone: a mainland mobile keeps the first 3 and last 4 digits, 138****5678 (with or without +86, spaces or
  dashes). A virtual number (虚拟号, 13800000000-1234 / …转1234 / …[1234]) is masked without its extension,
  which `show_phone` puts apart: 虚拟号 138****0000 转 1234 (the extension is not the buyer's digits, and
  the courier needs it). A landline keeps its area code and the last 4 digits, 0571-****1234 (an extension is dropped).
  Anything else keeps at most its last 4 digits, and only when it has at least 8; input without digits
  becomes ****. An already-masked number (138****5678 from a platform export) is masked again the same way.
- Name: a Chinese name keeps only the surname, one star per other character: 王* / 林** / 欧阳** (compound
  surnames keep both characters when a given name follows). A name of one character is all stars (it may
  be the whole name). A Latin name keeps only its first letter, one star per other character, spaces
  included: "Li Lei" → "L*****" (whether the surname comes first cannot be told, so only the initial shows).
- Address: province, city and district (and, when asked, the street or town at the start of the detail);
  the rest is ****.

Every function returns "" for empty input and never raises on any text.
"""

from __future__ import annotations

import re
import unicodedata

from livehelper.domain.phones import virtual_parts

STARS = "****"

# 复姓: kept whole when a given name follows ("欧阳娜娜" → "欧阳**").
COMPOUND_SURNAMES: frozenset[str] = frozenset({
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕",
    "令狐", "钟离", "端木", "独孤", "南宫", "西门", "百里", "呼延", "澹台", "公冶", "太史", "申屠", "赫连", "闻人",
    "万俟", "濮阳", "淳于", "单于", "拓跋", "东郭", "司空", "第五", "左丘", "梁丘", "乐正", "仲孙", "叔孙", "亓官",
})

_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}


def _half_width(text: str) -> str:
    return text.translate(_FULL_WIDTH)


def _is_cjk(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\U00020000" <= char <= "\U0003ffff" or "\uf900" <= char <= "\ufaff"


# --- phone ------------------------------------------------------------------------------------------------------

def _mask_mobile(digits: str) -> str:
    return digits[:3] + STARS + digits[-4:]


def _mask_landline(groups: list[str]) -> str | None:
    """Area code and last 4 digits of a mainland landline (the digit groups as written, starting with 0), or
    None when it is not one. Groups after the 7–8 digit local number are an extension and are dropped."""
    first = groups[0]
    if 3 <= len(first) <= 4:
        area, rest = first, groups[1:]
    else:
        area_len = 3 if first[1:2] in ("1", "2") else 4  # 010, 02x: 3 digits; other area codes: 4
        area, rest = first[:area_len], [first[area_len:], *groups[1:]]
    local = ""
    for group in rest:
        local += group
        if len(local) >= 7:
            break
    if not 7 <= len(local) <= 8:
        return None
    return f"{area}-{STARS}{local[-4:]}"


VIRTUAL_MARK = "虚拟号"


def show_phone(text: str) -> str:
    """The masked phone as slips and the helper page show it: a virtual number marked, its extension apart."""
    virtual = virtual_parts(text)
    if virtual is not None:
        number, extension = virtual
        return f"{VIRTUAL_MARK} {_mask_mobile(number)} 转 {extension}"
    return mask_phone(text)


def courier_phone(text: str) -> str:
    """The full phone for a helper allowed to see it: a virtual number marked, its extension apart."""
    virtual = virtual_parts(text)
    if virtual is not None:
        return f"{VIRTUAL_MARK} {virtual[0]} 转 {virtual[1]}"
    return text


def mask_phone(text: str) -> str:
    """138****5678 for a mobile (a virtual number's extension left out), 0571-****1234 for a landline,
    ****5678 or **** for anything else."""
    text = _half_width(text).strip()
    if not text:
        return ""
    virtual = virtual_parts(text)
    if virtual is not None:
        return _mask_mobile(virtual[0])
    if "*" in text:  # already masked by the platform: keep no more than its leading 3 and trailing 4 digits
        before = re.sub(r"^(?:\+|00)\s*86", "", text.split("*", 1)[0])
        after = text.rsplit("*", 1)[1]
        return "".join(re.findall("[0-9]", before))[:3] + STARS + "".join(re.findall("[0-9]", after))[-4:]
    groups = re.findall("[0-9]+", text)
    digits = "".join(groups)
    international = text.startswith("+") or digits.startswith("00")
    if international:
        digits = digits.removeprefix("00")
        groups = re.findall("[0-9]+", text.lstrip("+").removeprefix("00"))
        if digits.startswith("86"):
            digits = digits[2:]
            groups[0] = groups[0][2:]
            groups = [group for group in groups if group]
            if not digits.startswith("1"):  # +86 571 8888 1234: a landline written without its trunk 0
                digits = "0" + digits
                if groups:
                    groups[0] = "0" + groups[0]
        else:
            return STARS + digits[-4:] if len(digits) >= 8 else STARS
    elif len(digits) == 13 and digits.startswith("861"):  # 86 138 1234 5678 without the +
        digits = digits[2:]
    if len(digits) == 11 and digits.startswith("1"):
        return _mask_mobile(digits)
    if digits.startswith("0") and (masked := _mask_landline(groups)) is not None:
        return masked
    return STARS + digits[-4:] if len(digits) >= 8 else STARS


# --- name -------------------------------------------------------------------------------------------------------

def surname_length(name: str) -> int:
    """How many leading characters of a (stripped) name `mask_name` keeps."""
    if len(name) <= 1:
        return 0
    if _is_cjk(name[0]) and name[:2] in COMPOUND_SURNAMES and len(name) > 2:
        return 2
    return 1


def mask_name(name: str) -> str:
    """王* / 林** / 欧阳** / "L*****": the surname (or a Latin name's first letter) and one star per other
    character; a one-character name is "*"; empty input is ""."""
    name = _half_width(name).strip()
    # "王 小明" as typed on a phone is 王小明; a Latin name keeps single spaces between its parts
    name = ("" if any(_is_cjk(char) for char in name) else " ").join(name.split())
    kept = surname_length(name)
    return name[:kept] + "*" * (len(name) - kept)


# --- address ----------------------------------------------------------------------------------------------------

MAX_REGION_LENGTH = 15
_STREET = re.compile(r"^(.{1,12}?(?:街道|镇|乡|苏木))(?=.)")


def _region(part: str) -> str | None:
    """A region name (江苏省, 南京市, 建邺区) as it is shown, or None when `part` cannot be one (it has digits or is
    long: probably a detailed address put in the wrong column), so that nothing after it is shown."""
    part = " ".join(part.split())
    if len(part) > MAX_REGION_LENGTH or any(char.isdigit() for char in unicodedata.normalize("NFKC", part)):
        return None
    return part


def mask_address(province: str, city: str, district: str, detail: str, *, with_street: bool = False) -> str:
    """"江苏省 南京市 建邺区 ****": the regions (a municipality's repeated name once), the street or town at the
    start of the detail when `with_street`, and **** for the rest of the detail. Empty parts are skipped."""
    shown: list[str] = []
    hidden = False
    for part in (province, city, district):
        if not part.strip():
            continue
        region = _region(part)
        if region is None:
            hidden = True
            break
        if not shown or shown[-1] != region:  # 北京市 北京市 朝阳区
            shown.append(region)
    detail = "".join(detail.split())
    if detail and not hidden:
        street = _STREET.match(detail) if with_street else None
        if street and _region(street[1]) is not None:
            shown.append(street[1])
        hidden = True
    if hidden:
        shown.append(STARS)
    return " ".join(shown)


# A phone typed into free text, glued to the words around it (电话13812345678 / 138-1234-5678 / +86 138 1234 5678).
_NOTE_PHONE = re.compile(r"(?<!\d)(?:\+?86[\s-]?)?\d(?:[\s-]?\d){6,}(?!\d)")
# A house number: digits (or a 3-2-401 run) before 号, 栋, 单元, 室 … ("银州镇东街12号3单元401室").
_NOTE_HOUSE = re.compile(r"\d+(?:-\d+)*(?=\s*(?:号楼|号院|号|栋|幢|座|单元|室|楼|层|弄|巷|户|排|组|村))"
                         r"|(?<=[栋幢座单元楼室])\s*\d+(?:-\d+)*|\d+-\d+(?:-\d+)*")


def mask_note(text: str) -> str:
    """A buyer's note as packers see it: phones masked like the phone field, house numbers as **; the words
    around them kept (送到门口, 不要放快递柜) since that is what the packer needs."""
    if not text:
        return ""
    text = _NOTE_PHONE.sub(lambda found: mask_phone(found.group()), text)
    return _NOTE_HOUSE.sub("**", text)

#!/usr/bin/env python3
"""Writes national-export.fods, the source of the fixture national-export.xlsx.

The fixture is a roster shaped like an export from the national system:
two merged title rows, the header on row 3, 户编号 as 19-digit text. It also
holds what Excel users type: a code stored as a number with a 000000 format,
a code stored as a plain number, a phone stored as a number, dates stored as
date serials (ISO and Chinese formats) and a birth date typed as text.
A second sheet, 说明, is not a roster.

Regenerate the .xlsx as LibreOffice saves it (the point of the fixture):
    python3 make-national-export.py
    soffice --headless --convert-to xlsx national-export.fods
"""
from xml.sax.saxutils import escape

def resident_id(first17):
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    total = sum(int(d) * w for d, w in zip(first17, weights))
    return first17 + "10X98765432"[total % 11]

S, F, D, DZ, N6 = "string", "float", "date", "date-zh", "float-000000"
# (kind, value) per cell; None is an empty cell.
header = ["户编号", "乡镇", "村", "姓名", "与户主关系", "身份证号", "性别", "出生日期",
          "贫困户属性", "主要致贫原因", "脱贫状态", "联系电话", "建档日期"]
rows = [
    [(S, "3729011234567890123"), (S, "陈集镇"), (S, "焦庄村"), (S, "赵大明"), (S, "户主"),
     (S, resident_id("37290119800101001")), (S, "男"), (D, "1980-01-01"), (S, "一般贫困户"), (S, "因病"),
     (S, "未脱贫"), (F, "13812345678"), (DZ, "2016-05-01")],
    [(S, "3729011234567890123"), (S, "陈集镇"), (S, "焦庄村"), (S, "钱小红"), (S, "配偶"),
     (S, resident_id("37290119820304002")), (S, "女"), (D, "1982-03-04"), None, None, None, None, None],
    [(N6, "12"), (S, "陈集镇"), (S, "李庄村"), (S, "孙二"), (S, "户主"),
     (S, resident_id("37290119750607003")), (S, "男"), (S, "1975/6/7"), (S, "低保贫困户"), (S, "因残、缺技术"),
     (S, "未脱贫"), (S, "0530-1234567"), (D, "2017-03-15")],
    [(N6, "12"), (S, "陈集镇"), (S, "李庄村"), (S, "孙小三"), (S, "子女"), None, (S, "男"), (D, "2010-09-01"),
     None, None, None, None, None],
    [(F, "4101"), (S, "陈集镇"), (S, "焦庄村"), (S, "周四"), (S, "户主"),
     (S, resident_id("37290119600229004")), (S, "女"), (D, "1960-02-29"), (S, "一般贫困户"), (S, "缺劳动力"),
     (S, "未脱贫"), None, None],
]
if resident_id("37290119600229004")[16] in "13579":
    raise SystemExit("周四 must be female: the 17th digit must be even")

def cell(item):
    if item is None:
        return "<table:table-cell/>"
    kind, value = item
    text = f"<text:p>{escape(value)}</text:p>"
    if kind == S:
        return f'<table:table-cell office:value-type="string">{text}</table:table-cell>'
    if kind == F:
        return f'<table:table-cell office:value-type="float" office:value="{value}">{text}</table:table-cell>'
    if kind == N6:
        return (f'<table:table-cell table:style-name="code6" office:value-type="float" office:value="{value}">'
                f"<text:p>{value.zfill(6)}</text:p></table:table-cell>")
    style = "dateiso" if kind == D else "datezh"
    return (f'<table:table-cell table:style-name="{style}" office:value-type="date" office:date-value="{value}">'
            f"{text}</table:table-cell>")

def row(cells):
    return "<table:table-row>" + "".join(cells) + "</table:table-row>\n"

width = len(header)
def merged(text):
    return row([f'<table:table-cell table:number-columns-spanned="{width}" office:value-type="string">'
                f"<text:p>{escape(text)}</text:p></table:table-cell>",
                f'<table:covered-table-cell table:number-columns-repeated="{width - 1}"/>'])

body = merged("陈集镇建档立卡贫困户花名册")
body += merged("导出时间：2020-03-25　数据来源：全国扶贫开发信息系统")
body += row(cell((S, h)) for h in header)
body += "".join(row(cell(c) for c in r) for r in rows)

document = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <number:date-style style:name="Niso"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>
 <number:date-style style:name="Nzh"><number:year number:style="long"/><number:text>年</number:text><number:month/><number:text>月</number:text><number:day/><number:text>日</number:text></number:date-style>
 <number:number-style style:name="N6"><number:number number:decimal-places="0" number:min-integer-digits="6"/></number:number-style>
 <style:style style:name="dateiso" style:family="table-cell" style:data-style-name="Niso"/>
 <style:style style:name="datezh" style:family="table-cell" style:data-style-name="Nzh"/>
 <style:style style:name="code6" style:family="table-cell" style:data-style-name="N6"/>
</office:automatic-styles>
<office:body><office:spreadsheet>
<table:table table:name="花名册">
<table:table-column table:number-columns-repeated="{width}"/>
{body}</table:table>
<table:table table:name="说明">
<table:table-column/>
<table:table-row><table:table-cell office:value-type="string"><text:p>本表由系统导出，请勿修改表头。</text:p></table:table-cell></table:table-row>
</table:table>
</office:spreadsheet></office:body></office:document>
"""
with open("national-export.fods", "w", encoding="utf-8") as f:
    f.write(document)

/// The page's stylesheet, inline so the file needs nothing beside it.
///
/// Fonts: the families a Chinese office PC has (Microsoft YaHei and SimSun
/// on Windows, PingFang on a Mac, Noto Sans CJK / WenQuanYi on Linux), with
/// no web font to download. The print rules fit A4 portrait: charts keep
/// their aspect and never split, colours print as on screen.
enum MonthPageStyle {
    static let css = """
        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        body { margin: 0; background: #f3f4f6; color: #1f2933;
          font-family: "Microsoft YaHei", "微软雅黑", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC",
            "WenQuanYi Micro Hei", "SimSun", "宋体", sans-serif;
          font-size: 14px; line-height: 1.5; }
        main { max-width: 760px; margin: 0 auto; padding: 24px 16px 40px; }
        header h1 { font-size: 24px; margin: 0 0 4px; }
        header p { margin: 2px 0; color: #52606d; }
        .kpis { display: grid; grid-template-columns: repeat(4, 1fr); gap: 8px; margin: 16px 0; }
        .kpi { background: #fff; border: 1px solid #d9dee3; border-radius: 6px; padding: 8px 10px; }
        .kpi b { display: block; font-size: 22px; }
        .kpi span { color: #52606d; font-size: 12px; }
        .kpi.alert b { color: #c62828; }
        figure, section.list { background: #fff; border: 1px solid #d9dee3; border-radius: 6px;
          margin: 16px 0; padding: 12px 14px; }
        h2 { font-size: 17px; margin: 0 0 4px; }
        .note { color: #52606d; font-size: 12px; margin: 0 0 8px; }
        .key { white-space: nowrap; margin-left: 10px; }
        .key i { display: inline-block; width: 10px; height: 10px; margin-right: 4px; vertical-align: -1px; }
        svg { display: block; max-width: 100%; height: auto; margin: 4px 0 8px; font-family: inherit; }
        svg text { font-size: 12px; fill: #1f2933; }
        svg .tick, svg .unit, svg .value { font-size: 11px; fill: #52606d; }
        svg .town .label { font-weight: bold; }
        svg .grid { stroke: #e4e7eb; stroke-width: 1; }
        svg .axis { stroke: #7b8794; stroke-width: 1; }
        svg .target { stroke: #c62828; stroke-width: 1.5; stroke-dasharray: 5 3; }
        svg .legend text { font-size: 11px; }
        table { border-collapse: collapse; width: 100%; font-size: 12px; }
        th, td { border-bottom: 1px solid #e4e7eb; padding: 3px 6px; text-align: left; vertical-align: top; }
        thead th { background: #f5f7fa; border-bottom: 1px solid #cbd2d9; }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        .sub { display: block; color: #7b8794; font-size: 11px; }
        .missing, .empty, .more { color: #7b8794; }
        footer { color: #7b8794; font-size: 12px; margin-top: 16px; }
        @page { size: A4 portrait; margin: 14mm 12mm; }
        @media print {
          body { background: #fff; font-size: 10pt; }
          main { max-width: none; padding: 0; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          figure, section.list, .kpi { border: none; padding: 0; margin: 10px 0; }
          svg { width: 100%; break-inside: avoid; }
          h2 { break-after: avoid; }
          tr, .kpis { break-inside: avoid; }
          thead { display: table-header-group; }
        }
        """
}

// CSVKit: RFC 4180 CSV reading and writing.

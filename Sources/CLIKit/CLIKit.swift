// CLIKit: declarative command-line parsing.

"""LanguageTool for the grammar pass: jars from Maven Central (provision), one local server per
user (server), and the HTTP client that checks text in batches (client, offsets)."""

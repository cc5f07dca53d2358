"""SIP ALG Doctor."""

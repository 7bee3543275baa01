.PHONY: reports
# Regenerate reports/ (.tex and .pdf for every derivation document and the eight table models).
reports:
	python reports/regenerate.py

#!/usr/bin/python3
"""Sends one SigV4-signed S3 request (ListBuckets) and prints the HTTP status.

Usage: s3-ping.py ENDPOINT ACCESS_KEY SECRET_KEY
Exit 0 on 200, 1 on any other answer, 2 when nothing answers. Standard library only, so the
start script can check the printed credentials without Node or an S3 client.
"""
import datetime
import hashlib
import hmac
import http.client
import sys
import urllib.parse


def sign(key: bytes, msg: str) -> bytes:
    return hmac.new(key, msg.encode(), hashlib.sha256).digest()


def main() -> int:
    endpoint, access_key, secret_key = sys.argv[1:4]
    url = urllib.parse.urlsplit(endpoint)
    host = url.netloc
    region, service = "us-east-1", "s3"
    now = datetime.datetime.now(datetime.timezone.utc)
    amz_date = now.strftime("%Y%m%dT%H%M%SZ")
    day = now.strftime("%Y%m%d")
    payload_hash = hashlib.sha256(b"").hexdigest()
    signed_headers = "host;x-amz-content-sha256;x-amz-date"
    canonical = "\n".join(
        ["GET", "/", "", f"host:{host}", f"x-amz-content-sha256:{payload_hash}",
         f"x-amz-date:{amz_date}", "", signed_headers, payload_hash])
    scope = f"{day}/{region}/{service}/aws4_request"
    to_sign = "\n".join(
        ["AWS4-HMAC-SHA256", amz_date, scope, hashlib.sha256(canonical.encode()).hexdigest()])
    key = sign(sign(sign(sign(f"AWS4{secret_key}".encode(), day), region), service), "aws4_request")
    signature = hmac.new(key, to_sign.encode(), hashlib.sha256).hexdigest()
    headers = {
        "Host": host,
        "x-amz-date": amz_date,
        "x-amz-content-sha256": payload_hash,
        "Authorization": f"AWS4-HMAC-SHA256 Credential={access_key}/{scope}, "
                         f"SignedHeaders={signed_headers}, Signature={signature}",
    }
    try:
        conn = http.client.HTTPConnection(url.hostname, url.port or 80, timeout=5)
        conn.request("GET", "/", headers=headers)
        status = conn.getresponse().status
    except OSError as err:
        print(f"no answer ({err})")
        return 2
    print(status)
    return 0 if status == 200 else 1


if __name__ == "__main__":
    sys.exit(main())

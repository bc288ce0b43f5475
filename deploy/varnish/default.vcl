# Varnish in front of the SPF South-South Exchange (README "Behind an edge cache").
#
# - Stores only what the application marks shareable (Cache-Control: public, s-maxage); honours
#   s-maxage and stale-while-revalidate (grace); never stores an answer to a request that sends
#   a Cookie or Authorization, nor one that sets a cookie or says private / no-store.
# - A publish sends PURGE <path> from the application (Wagtail's frontend_cache HTTPBackend):
#   every stored object of that path goes, whatever its query string (a listing's filtered and
#   paginated views with it). PURGE /.purge-all empties the cache. PURGE is taken from localhost only.
# - The backend below is the application's address; tests and the benchmark write a copy with
#   their own port.
vcl 4.1;

backend default {
    .host = "127.0.0.1";
    .port = "8000";
}

acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (!client.ip ~ purgers) {
            return (synth(405, "Not allowed"));
        }
        if (req.url == "/.purge-all") {
            ban("obj.status != 0");
        } else {
            ban("obj.http.x-path == " + regsub(req.url, "\?.*$", ""));
        }
        return (synth(200, "Purged"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.http.Authorization || req.http.Cookie) {
        return (pass);
    }
    return (hash);
}

sub vcl_backend_response {
    # Kept with the object, for PURGE by path (bans on obj.* are checked by the ban lurker).
    set beresp.http.x-path = regsub(bereq.url, "\?.*$", "");
    if (beresp.http.Set-Cookie
        || beresp.http.Cache-Control ~ "(private|no-store|no-cache)"
        || beresp.http.Cache-Control !~ "s-maxage"
        || beresp.http.Vary ~ "(?i)cookie" && bereq.http.Cookie) {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # Varnish reads s-maxage (it wins over max-age=0) and stale-while-revalidate (grace) itself.
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.x-path;
}

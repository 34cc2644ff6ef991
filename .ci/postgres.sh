# Sourced by .ci/run: starts a throw-away PostgreSQL on port 55432 owned by the
# postgres user and exports TEST_DATABASE_URL for the server's tests.
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pg_dir=/tmp/placard-ci-pg
rm -rf "$pg_dir" && mkdir -p "$pg_dir" && chown postgres "$pg_dir"
su postgres -c "$pg_bin/initdb -D $pg_dir/data -A trust -U postgres" >/dev/null || return 1
su postgres -c "$pg_bin/pg_ctl -D $pg_dir/data -l $pg_dir/log -o '-p 55432 -k $pg_dir -c max_connections=300 -c fsync=off' -w start" >/dev/null || return 1
su postgres -c "$pg_bin/createdb -h 127.0.0.1 -p 55432 placard_test" || return 1
export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:55432/placard_test
echo "ci: PostgreSQL $($pg_bin/postgres --version | awk '{print $3}') at $TEST_DATABASE_URL"

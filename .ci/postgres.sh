# Sourced by .ci/run: starts a throw-away PostgreSQL owned by the postgres user
# (port PLACARD_CI_PG_PORT, default 55432) and exports TEST_DATABASE_URL for
# the server's tests.
pg_port=${PLACARD_CI_PG_PORT:-55432}
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pg_dir=/tmp/placard-ci-pg-$pg_port
if [ -f "$pg_dir/data/postmaster.pid" ]; then
  su postgres -c "$pg_bin/pg_ctl -D $pg_dir/data -m immediate stop" >/dev/null 2>&1
fi
rm -rf "$pg_dir" && mkdir -p "$pg_dir" && chown postgres "$pg_dir"
su postgres -c "$pg_bin/initdb -D $pg_dir/data -A trust -U postgres" >/dev/null || return 1
su postgres -c "$pg_bin/pg_ctl -D $pg_dir/data -l $pg_dir/log -o '-p $pg_port -k $pg_dir -c max_connections=300 -c fsync=off' -w start" >/dev/null || return 1
su postgres -c "$pg_bin/createdb -h 127.0.0.1 -p $pg_port placard_test" || return 1
export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$pg_port/placard_test
echo "ci: PostgreSQL $($pg_bin/postgres --version | awk '{print $3}') at $TEST_DATABASE_URL"

<?php
/**
 * Fault injection on the running test site: failure modes of the SNS
 * stand-in (per certificate URL), the extension's disk cache, php-fpm worker
 * PIDs found through /proc, a sender that retries like SNS, and a scan of the
 * site's logs for new PHP warnings.
 */

declare(strict_types=1);

namespace QuillCRM\E2E;

final class Faults {
	/** The extension's whole-exchange timeout for a certificate fetch (src/https_client.rs TIMEOUT). */
	public const FETCH_TIMEOUT = 5.0;

	/** Lines in the site's logs that must never appear. */
	public const PHP_PROBLEM = '/PHP (Warning|Notice|Fatal error|Parse error|Recoverable fatal error)|PHP Stack trace|Uncaught /';

	private Site $site;

	public function __construct( Site $site ) {
		$this->site = $site;
	}

	// ------------------------------------------------------------ stand-in

	public static function fresh_cert_id(): string {
		return bin2hex( random_bytes( 16 ) );
	}

	public static function cert_url( string $cert_id, string $region = 'us-east-1' ): string {
		return "https://sns.$region.amazonaws.com/SimpleNotificationService-$cert_id.pem";
	}

	private function modes_file(): string {
		return $this->site->stack['run_dir'] . '/sns-modes.json';
	}

	/** The stand-in plays $mode (see bin/sns-standin.py) for this certificate id; null: healthy again. */
	public function set_mode( string $cert_id, ?string $mode ): void {
		$file  = $this->modes_file();
		$modes = is_readable( $file ) ? (array) json_decode( (string) file_get_contents( $file ), true ) : array();
		if ( null === $mode ) {
			unset( $modes[ $cert_id ] );
		} else {
			$modes[ $cert_id ] = $mode;
		}
		$tmp = $file . '.tmp' . getmypid();
		file_put_contents( $tmp, json_encode( (object) $modes ) );
		rename( $tmp, $file );
	}

	public function clear_modes(): void {
		@unlink( $this->modes_file() ); // phpcs:ignore
	}

	/** @return list<array<string,mixed>> the stand-in's answers for one certificate id since call number $since */
	public function fetches( string $cert_id, int $since = 0 ): array {
		$path = "/SimpleNotificationService-$cert_id.pem";
		return array_values( array_filter( array_slice( $this->site->sns_calls(), $since ), static fn( array $c ) => $c['path'] === $path ) );
	}

	// ----------------------------------------------------------- disk cache

	public function cache_dir(): string {
		return $this->site->stack['run_dir'] . '/cert-cache';
	}

	/** The extension's file for a URL: <sha256 hex of the URL>.pem (src/certificate_cache.rs). */
	public function cache_file( string $url ): string {
		return $this->cache_dir() . '/' . hash( 'sha256', $url ) . '.pem';
	}

	/** What the extension's file starts with under the stack's test-only trust: that trust, then the URL, a line each. */
	public static function cache_header( string $url ): string {
		return "test-only trust\n$url\n";
	}

	/** Back to the state stack.sh start leaves: an empty-or-not 0700 directory. */
	public function restore_cache_dir(): void {
		$dir = $this->cache_dir();
		if ( 0 === posix_geteuid() && is_dir( $dir ) ) {
			exec( 'chattr -i ' . escapeshellarg( $dir ) . ' 2>/dev/null' );
		}
		if ( is_link( $dir ) || ( file_exists( $dir ) && ! is_dir( $dir ) ) ) {
			unlink( $dir );
		}
		if ( ! is_dir( $dir ) ) {
			mkdir( $dir, 0700 );
		}
		chown( $dir, posix_geteuid() );
		chmod( $dir, 0700 );
	}

	/**
	 * Makes the cache directory unwritable for the PHP workers' user: 0500
	 * for an ordinary user; root ignores modes, so for root (this stack's
	 * php-fpm runs as the user who started it) the directory is made
	 * immutable (chattr +i, which root obeys).
	 */
	public function make_cache_dir_unwritable(): void {
		$dir = $this->cache_dir();
		if ( 0 !== posix_geteuid() ) {
			chmod( $dir, 0500 );
			return;
		}
		exec( 'chattr +i ' . escapeshellarg( $dir ) . ' 2>&1', $out, $code );
		if ( 0 !== $code ) {
			throw new \RuntimeException( 'chattr +i failed (needs CAP_LINUX_IMMUTABLE and ext4/xfs/btrfs): ' . implode( ' ', $out ) );
		}
	}

	// ---------------------------------------------------------- processes

	public function recorded_pid( string $service ): int {
		$file = $this->site->stack['run_dir'] . "/pids/$service.pid";
		return is_readable( $file ) ? (int) trim( (string) file_get_contents( $file ) ) : 0;
	}

	/** @return list<int> the PIDs of the php-fpm pool's workers (children of the recorded master). */
	public function fpm_workers(): array {
		$master  = $this->recorded_pid( 'php-fpm' );
		$workers = array();
		foreach ( glob( '/proc/[0-9]*/stat' ) ?: array() as $stat ) {
			$text = @file_get_contents( $stat ); // phpcs:ignore -- a process may exit meanwhile.
			// pid (comm) state ppid ...; comm may hold spaces, so split after the last ')'.
			if ( false === $text || false === ( $close = strrpos( $text, ')' ) ) ) {
				continue;
			}
			$fields = explode( ' ', substr( $text, $close + 2 ) );
			if ( (int) ( $fields[1] ?? 0 ) === $master ) {
				$workers[] = (int) substr( $stat, 6, -5 );
			}
		}
		sort( $workers );
		return $workers;
	}

	/**
	 * The php-fpm worker holding a TCP connection that $match accepts.
	 *
	 * @param callable(int $local_port, int $remote_port): bool $match
	 */
	public function fpm_worker_with_tcp( callable $match ): ?int {
		$inodes = array();
		foreach ( array( '/proc/net/tcp', '/proc/net/tcp6' ) as $table ) {
			foreach ( @file( $table, FILE_IGNORE_NEW_LINES ) ?: array() as $i => $line ) { // phpcs:ignore
				$f = preg_split( '/\s+/', trim( $line ) );
				if ( 0 === $i || count( $f ) < 10 ) {
					continue;
				}
				$local  = hexdec( substr( $f[1], strrpos( $f[1], ':' ) + 1 ) );
				$remote = hexdec( substr( $f[2], strrpos( $f[2], ':' ) + 1 ) );
				if ( $match( (int) $local, (int) $remote ) ) {
					$inodes[ 'socket:[' . $f[9] . ']' ] = true;
				}
			}
		}
		if ( ! $inodes ) {
			return null;
		}
		foreach ( $this->fpm_workers() as $pid ) {
			foreach ( glob( "/proc/$pid/fd/*" ) ?: array() as $fd ) {
				$target = @readlink( $fd ); // phpcs:ignore
				if ( false !== $target && isset( $inodes[ $target ] ) ) {
					return $pid;
				}
			}
		}
		return null;
	}

	/** Kills a php-fpm worker of this stack with SIGKILL (refuses any other PID). */
	public function kill_worker( int $pid ): void {
		if ( ! in_array( $pid, $this->fpm_workers(), true ) ) {
			throw new \RuntimeException( "pid $pid is not a worker of this stack's php-fpm" );
		}
		posix_kill( $pid, SIGKILL );
		self::wait_until( static fn() => ! self::process_exists( $pid ), 5.0, "worker $pid to exit (and be reaped)" );
	}

	public static function process_exists( int $pid ): bool {
		clearstatcache( true, "/proc/$pid" );
		return $pid > 0 && is_dir( "/proc/$pid" );
	}

	/**
	 * Starts tests/e2e/stack.sh <command> without waiting for it.
	 *
	 * @return resource the process (proc_close() waits and gives its exit code)
	 */
	public function stack_command_async( string $command ) {
		$env                  = getenv();
		$env['E2E_RUN_DIR']   = (string) $this->site->stack['run_dir'];
		$env['E2E_DB_PORT']   = (string) $this->site->stack['db_port'];
		$env['E2E_HTTP_PORT'] = (string) $this->site->stack['http_port'];
		$env['E2E_SNS_PORT']  = (string) $this->site->stack['sns_port'];
		$log                  = $this->site->stack['run_dir'] . "/logs/stack-$command.log";
		$proc                 = proc_open( array( 'bash', (string) $this->site->stack['stack_sh'], $command ), array( 0 => array( 'file', '/dev/null', 'r' ), 1 => array( 'file', $log, 'a' ), 2 => array( 'file', $log, 'a' ) ), $pipes, null, $env );
		if ( ! is_resource( $proc ) ) {
			throw new \RuntimeException( "cannot run stack.sh $command" );
		}
		return $proc;
	}

	public static function wait_until( callable $condition, float $seconds, string $what ): void {
		$end = microtime( true ) + $seconds;
		while ( ! $condition() ) {
			if ( microtime( true ) > $end ) {
				throw new \RuntimeException( "timed out after {$seconds}s waiting for $what" );
			}
			usleep( 20000 );
		}
	}

	// ---------------------------------------------------------------- logs

	/** @return array<string,string> the site's logs */
	public function logs(): array {
		$run = $this->site->stack['run_dir'];
		return array(
			'wp-debug.log'    => $run . '/wp-debug.log',
			'php-errors.log'  => $run . '/logs/php-errors.log',
			'php-fpm.log'     => $run . '/logs/php-fpm.log',
			'nginx-error.log' => $run . '/logs/nginx-error.log',
		);
	}

	/** @return array<string,int> current size of each log */
	public function log_mark(): array {
		$mark = array();
		foreach ( $this->logs() as $name => $file ) {
			clearstatcache( true, $file );
			$mark[ $name ] = is_file( $file ) ? (int) filesize( $file ) : 0;
		}
		return $mark;
	}

	/**
	 * Every line written to each log since $mark.
	 *
	 * @param array<string,int> $mark
	 * @return array<string, list<string>> log name => lines (only logs that grew)
	 */
	public function new_log_lines( array $mark ): array {
		$lines = array();
		foreach ( $this->logs() as $name => $file ) {
			clearstatcache( true, $file );
			if ( ! is_file( $file ) ) {
				continue;
			}
			$new = rtrim( (string) file_get_contents( $file, false, null, $mark[ $name ] ?? 0 ), "\n" );
			if ( '' !== $new ) {
				$lines[ $name ] = explode( "\n", $new );
			}
		}
		return $lines;
	}

	/**
	 * Lines written since $mark that show a PHP warning, notice or fatal error
	 * (in any of the logs, nginx relays FastCGI stderr too), or an nginx
	 * crit/alert/emerg.
	 *
	 * @param array<string,int> $mark
	 * @return list<string>
	 */
	public function new_log_problems( array $mark ): array {
		$problems = array();
		foreach ( $this->logs() as $name => $file ) {
			clearstatcache( true, $file );
			if ( ! is_file( $file ) ) {
				continue;
			}
			$new = (string) file_get_contents( $file, false, null, $mark[ $name ] ?? 0 );
			foreach ( explode( "\n", $new ) as $line ) {
				if ( preg_match( self::PHP_PROBLEM, $line ) || ( 'nginx-error.log' === $name && preg_match( '/\[(crit|alert|emerg)\]/', $line ) ) ) {
					$problems[] = "$name: $line";
				}
			}
		}
		return $problems;
	}

	// -------------------------------------------------------------- sender

	/**
	 * Delivers envelopes as SNS does: every answer other than 2xx (and every
	 * transport failure) is retried after a short pause until a 2xx arrives.
	 * Each lane is delivered in order, one at a time; the lanes run at the
	 * same time. $tick runs between curl_multi rounds with the number of
	 * envelopes acknowledged so far (the fault is injected from there).
	 *
	 * @param list<list<array<string,string>>> $lanes
	 * @param callable(int $acknowledged): void $tick
	 * @return list<list<array{attempts:list<int>, answer:array<string,mixed>}>> per lane, per envelope
	 */
	public function deliver_until_acknowledged( array $lanes, callable $tick, float $give_up_after = 120.0, float $retry_pause = 0.25 ): array {
		$url     = $this->site->webhook_url(); // Read once: the database goes down in between.
		$multi   = curl_multi_init();
		$next    = array_fill( 0, count( $lanes ), 0 );
		$log     = array();
		$active  = array(); // (int) handle id => [lane, index, handle]
		$waiting = array(); // lane => time it may send again
		$acked   = 0;
		$total   = array_sum( array_map( 'count', $lanes ) );
		$end     = microtime( true ) + $give_up_after;

		$start = function ( int $lane ) use ( &$active, &$next, $lanes, $url, $multi ): void {
			$ch = $this->site->delivery_handle( $lanes[ $lane ][ $next[ $lane ] ], 15, $url ); // SNS waits 15 s for an answer
			curl_multi_add_handle( $multi, $ch );
			$active[ spl_object_id( $ch ) ] = array( $lane, $next[ $lane ], $ch );
		};
		foreach ( array_keys( $lanes ) as $lane ) {
			if ( $lanes[ $lane ] ) {
				$start( $lane );
			}
		}

		while ( $acked < $total ) {
			if ( microtime( true ) > $end ) {
				curl_multi_close( $multi );
				throw new \RuntimeException( "the sender gave up after {$give_up_after}s with $acked of $total deliveries acknowledged" );
			}
			curl_multi_exec( $multi, $running );
			curl_multi_select( $multi, 0.05 );
			while ( false !== ( $info = curl_multi_info_read( $multi ) ) ) {
				$ch                       = $info['handle'];
				[ $lane, $index ]         = $active[ spl_object_id( $ch ) ];
				$status                   = CURLE_OK === $info['result'] ? (int) curl_getinfo( $ch, CURLINFO_RESPONSE_CODE ) : 0;
				$log[ $lane ][ $index ]['attempts'][] = $status;
				unset( $active[ spl_object_id( $ch ) ] );
				curl_multi_remove_handle( $multi, $ch );
				if ( $status >= 200 && $status < 300 ) {
					$body                               = (string) curl_multi_getcontent( $ch );
					$log[ $lane ][ $index ]['answer'] = (array) json_decode( $body, true );
					++$acked;
					++$next[ $lane ];
					if ( $next[ $lane ] < count( $lanes[ $lane ] ) ) {
						$start( $lane );
					}
				} else {
					$waiting[ $lane ] = microtime( true ) + $retry_pause;
				}
			}
			foreach ( $waiting as $lane => $at ) {
				if ( microtime( true ) >= $at ) {
					unset( $waiting[ $lane ] );
					$start( $lane );
				}
			}
			$tick( $acked );
		}
		curl_multi_close( $multi );
		return $log;
	}
}

<?php
/**
 * The running test site, as started by tests/e2e/stack.sh: HTTP to nginx,
 * SQL to MariaDB (mysqli, directly, so the tests check what is really stored),
 * the SNS stand-in's call log, and the stack's db-stop/db-start commands.
 */

declare(strict_types=1);

namespace QuillCRM\E2E;

final class Site {
	// The plugin's names (php/includes/class-settings.php, class-schema.php,
	// class-subscription.php).
	public const KEY_OPTION           = 'quillcrm_bounce_webhook_key';
	public const THRESHOLD_OPTION     = 'quillcrm_bounce_soft_threshold';
	public const TOPICS_OPTION        = 'quillcrm_bounce_accepted_topics';
	public const SUBSCRIPTIONS_OPTION = 'quillcrm_bounce_subscriptions';
	public const CONTACTS_TABLE       = 'quillcrm_contacts';
	public const EVENTS_TABLE         = 'quillcrm_bounce_events';
	public const WEBHOOK_PROVIDER     = 'amazonses';

	/** @var array<string,mixed> */
	public array $stack;
	private ?\mysqli $db = null;
	private static ?Site $instance = null;

	/** @param array<string,mixed> $stack */
	private function __construct( array $stack ) {
		$this->stack = $stack;
	}

	/** The site described by <run dir>/stack.json (E2E_RUN_DIR or tests/e2e/run). */
	public static function get(): self {
		if ( null === self::$instance ) {
			$run  = getenv( 'E2E_RUN_DIR' ) ?: dirname( __DIR__ ) . '/run';
			$file = $run . '/stack.json';
			if ( ! is_readable( $file ) ) {
				throw new \RuntimeException( "no running test site: $file is missing (start it with tests/e2e/stack.sh start)" );
			}
			$stack = json_decode( (string) file_get_contents( $file ), true, 16, JSON_THROW_ON_ERROR );
			$probe = @fsockopen( '127.0.0.1', (int) $stack['http_port'], $errno, $errstr, 2.0 ); // phpcs:ignore
			if ( false === $probe ) {
				throw new \RuntimeException( "the test site is not running ({$stack['site_url']}: $errstr); start it with tests/e2e/stack.sh start, or use tests/e2e/run.sh" );
			}
			fclose( $probe );
			self::$instance = new self( $stack );
		}
		return self::$instance;
	}

	public function url( string $path = '/' ): string {
		return rtrim( (string) $this->stack['site_url'], '/' ) . $path;
	}

	public function pki( string $file ): string {
		return $this->stack['repo'] . '/tests/fixtures/pki/' . $file;
	}

	// ----------------------------------------------------------------- HTTP

	/** QuillCRM → Settings → SMTP (Bounce Handling) in wp-admin. */
	public function settings_url(): string {
		return $this->url( '/wp-admin/admin.php?page=quillcrm-settings&tab=smtp' );
	}

	/** The webhook URL as the settings page shows it. */
	public function webhook_url( ?string $key = null, string $provider = self::WEBHOOK_PROVIDER ): string {
		return $this->url( '/' ) . '?' . http_build_query(
			array(
				'quillcrm_webhook' => 'bounce',
				'provider'         => $provider,
				'key'              => $key ?? $this->key(),
			)
		);
	}

	/**
	 * @param list<string> $headers "Name: value" lines
	 * @return array{status:int, body:string, json:?array<string,mixed>, headers:array<string,string>}
	 */
	public function request( string $method, string $url, string $body = '', array $headers = array(), ?string $cookie_jar = null ): array {
		$ch = $this->handle( $method, $url, $body, $headers, $cookie_jar );
		$out = curl_exec( $ch );
		if ( false === $out ) {
			throw new \RuntimeException( "$method $url failed: " . curl_error( $ch ) );
		}
		$response = $this->response( $ch, (string) $out );
		unset( $ch ); // writes the cookie jar now
		return $response;
	}

	/**
	 * POSTs a signed SNS envelope as SNS does.
	 *
	 * @param array<string,string> $envelope
	 * @return array{status:int, body:string, json:?array<string,mixed>, headers:array<string,string>}
	 */
	public function deliver( array $envelope, ?string $url = null ): array {
		return $this->request( 'POST', $url ?? $this->webhook_url(), SnsSigner::body( $envelope ), SnsSigner::headers( $envelope ) );
	}

	/**
	 * A curl handle that POSTs $envelope to the webhook as SNS does, for
	 * callers that drive curl_multi themselves; its content is the answer's
	 * body only.
	 *
	 * @param array<string,string> $envelope
	 * @param int                  $timeout seconds (SNS itself waits 15).
	 * @param string|null          $url     default webhook_url(), which reads the
	 *                                      key from the database: pass it when
	 *                                      the database may be down.
	 * @return \CurlHandle
	 */
	public function delivery_handle( array $envelope, int $timeout = 30, ?string $url = null ) {
		$ch = curl_init( $url ?? $this->webhook_url() );
		curl_setopt_array(
			$ch,
			array(
				CURLOPT_POST           => true,
				CURLOPT_POSTFIELDS     => SnsSigner::body( $envelope ),
				CURLOPT_HTTPHEADER     => SnsSigner::headers( $envelope ),
				CURLOPT_RETURNTRANSFER => true,
				CURLOPT_TIMEOUT        => $timeout,
			)
		);
		return $ch;
	}

	/**
	 * POSTs several deliveries at the same time (curl_multi) and returns their
	 * answers in the same order.
	 *
	 * @param list<array<string,string>> $envelopes
	 * @return list<array{status:int, body:string, json:?array<string,mixed>, headers:array<string,string>}>
	 */
	public function deliver_concurrently( array $envelopes, ?string $url = null ): array {
		$url     = $url ?? $this->webhook_url();
		$multi   = curl_multi_init();
		$handles = array();
		foreach ( $envelopes as $envelope ) {
			$ch = $this->handle( 'POST', $url, SnsSigner::body( $envelope ), SnsSigner::headers( $envelope ), null );
			curl_multi_add_handle( $multi, $ch );
			$handles[] = $ch;
		}
		do {
			$status = curl_multi_exec( $multi, $running );
			if ( $running ) {
				curl_multi_select( $multi, 1.0 );
			}
		} while ( $running && CURLM_OK === $status );
		$answers = array();
		foreach ( $handles as $ch ) {
			$error = curl_error( $ch );
			if ( '' !== $error ) {
				throw new \RuntimeException( "concurrent POST failed: $error" );
			}
			$answers[] = $this->response( $ch, (string) curl_multi_getcontent( $ch ) );
			curl_multi_remove_handle( $multi, $ch );
		}
		curl_multi_close( $multi );
		return $answers;
	}

	/**
	 * A cookie jar logged in as the admin, through the test-only login helper.
	 */
	public function admin_cookie_jar(): string {
		$jar = tempnam( sys_get_temp_dir(), 'e2e-cookies-' );
		$r   = $this->request( 'GET', $this->url( '/?e2e_login=' . $this->stack['login_token'] . '&to=index.php' ), '', array(), $jar );
		if ( 302 !== $r['status'] ) {
			throw new \RuntimeException( "login helper answered {$r['status']}" );
		}
		return $jar;
	}

	// ------------------------------------------------------------- database

	public function db(): \mysqli {
		if ( null === $this->db ) {
			mysqli_report( MYSQLI_REPORT_ERROR | MYSQLI_REPORT_STRICT );
			$this->db = new \mysqli(
				(string) $this->stack['db_host'],
				(string) $this->stack['db_user'],
				(string) $this->stack['db_password'],
				(string) $this->stack['db_name'],
				(int) $this->stack['db_port']
			);
			$this->db->set_charset( 'utf8mb4' );
		}
		return $this->db;
	}

	/** Forget the connection (after MariaDB was restarted). */
	public function reconnect(): void {
		if ( null !== $this->db ) {
			try {
				$this->db->close();
			} catch ( \Throwable $e ) { // phpcs:ignore -- already gone.
				unset( $e );
			}
		}
		$this->db = null;
	}

	public function table( string $name ): string {
		return $this->stack['table_prefix'] . $name;
	}

	/**
	 * @param list<scalar|null> $params
	 * @return list<array<string,mixed>>
	 */
	public function rows( string $sql, array $params = array() ): array {
		$stmt = $this->db()->prepare( $sql );
		if ( $params ) {
			$stmt->bind_param( str_repeat( 's', count( $params ) ), ...array_map( static fn( $p ) => null === $p ? null : (string) $p, $params ) );
		}
		$stmt->execute();
		$result = $stmt->get_result();
		$rows   = false === $result ? array() : $result->fetch_all( MYSQLI_ASSOC );
		$stmt->close();
		return $rows;
	}

	/** @param list<scalar|null> $params */
	public function exec( string $sql, array $params = array() ): int {
		$stmt = $this->db()->prepare( $sql );
		if ( $params ) {
			$stmt->bind_param( str_repeat( 's', count( $params ) ), ...array_map( static fn( $p ) => null === $p ? null : (string) $p, $params ) );
		}
		$stmt->execute();
		$n = $stmt->affected_rows;
		$stmt->close();
		return (int) $n;
	}

	/** A fresh, unique address for one test. */
	public static function unique_email( string $label ): string {
		return strtolower( preg_replace( '/[^a-z0-9]+/i', '-', $label ) ) . '-' . bin2hex( random_bytes( 4 ) ) . '@example.test';
	}

	/** Inserts a contact directly in the CRM table. */
	public function seed_contact( string $email, string $status = 'subscribed', int $soft_bounce_count = 0 ): void {
		$this->exec(
			'INSERT INTO ' . $this->table( self::CONTACTS_TABLE ) . ' (email, first_name, last_name, status, soft_bounce_count) VALUES (?, ?, ?, ?, ?)',
			array( $email, 'Test', 'Contact', $status, $soft_bounce_count )
		);
	}

	/** @return array<string,mixed>|null the contact whose address is $email byte for byte */
	public function contact( string $email ): ?array {
		$rows = $this->rows( 'SELECT * FROM ' . $this->table( self::CONTACTS_TABLE ) . ' WHERE email = ? AND BINARY email = ?', array( $email, $email ) );
		return $rows[0] ?? null;
	}

	/** @return array<string,mixed>|null the plugin's state of that contact */
	public function contact_state( string $email ): ?array {
		$contact = $this->contact( $email );
		if ( null === $contact ) {
			return null;
		}
		$rows = $this->rows( 'SELECT * FROM ' . $this->table( 'quillcrm_bounce_contact_states' ) . ' WHERE contact_id = ?', array( (int) $contact['id'] ) );
		return $rows[0] ?? null;
	}

	/** @return list<array<string,mixed>> the per-recipient rows the log holds for one SNS MessageId */
	public function logged_recipients( string $message_id ): array {
		$recipients = array();
		foreach ( $this->events_for( $message_id ) as $row ) {
			foreach ( (array) json_decode( (string) $row['recipients'], true ) as $recipient ) {
				$recipients[] = $recipient;
			}
		}
		return $recipients;
	}

	/** @return mixed the option, unserialized as WordPress stores it */
	public function option( string $name ) {
		$rows = $this->rows( 'SELECT option_value FROM ' . $this->table( 'options' ) . ' WHERE option_name = ?', array( $name ) );
		if ( ! $rows ) {
			return null;
		}
		$raw = (string) $rows[0]['option_value'];
		if ( preg_match( '/^(a|O|s|i|b|d):/', $raw ) ) {
			$value = @unserialize( $raw, array( 'allowed_classes' => false ) ); // phpcs:ignore
			if ( false !== $value || 'b:0;' === $raw ) {
				return $value;
			}
		}
		return $raw;
	}

	/** Writes an option as update_option() would store it (no object cache on this site). */
	public function set_option( string $name, $value ): void {
		$raw = is_array( $value ) || is_object( $value ) ? serialize( $value ) : (string) $value;
		$this->exec(
			'INSERT INTO ' . $this->table( 'options' ) . " (option_name, option_value, autoload) VALUES (?, ?, 'yes') ON DUPLICATE KEY UPDATE option_value = VALUES(option_value)",
			array( $name, $raw )
		);
	}

	public function key(): string {
		$key = $this->option( self::KEY_OPTION );
		if ( ! is_string( $key ) || '' === $key ) {
			throw new \RuntimeException( 'the plugin stored no webhook key (option ' . self::KEY_OPTION . ')' );
		}
		return $key;
	}

	/** @return list<array<string,mixed>> the plugin's event log rows for one SNS MessageId */
	public function events_for( string $message_id ): array {
		return $this->rows( 'SELECT * FROM ' . $this->table( self::EVENTS_TABLE ) . ' WHERE message_id = ? ORDER BY id', array( $message_id ) );
	}

	// ------------------------------------------------------------ stand-in

	/** @return list<array<string,mixed>> every request the SNS stand-in received */
	public function sns_calls(): array {
		$calls = array();
		foreach ( file( (string) $this->stack['sns_calls'], FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES ) ?: array() as $line ) {
			$calls[] = json_decode( $line, true, 16, JSON_THROW_ON_ERROR );
		}
		return $calls;
	}

	/** @return list<array{mail_from:string, rcpt_tos:list<string>, subject:string, data:string}> every mail the SMTP sink received */
	public function mails(): array {
		$mails = array();
		foreach ( file( (string) $this->stack['mail_log'], FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES ) ?: array() as $line ) {
			$mails[] = json_decode( $line, true, 16, JSON_THROW_ON_ERROR );
		}
		return $mails;
	}

	/** @return list<array{hook:string, args:list<mixed>}> the plugin's actions recorded by the test-only mu-plugin site/e2e-hooks.php */
	public function hook_calls( string $hook ): array {
		$calls = $this->option( 'e2e_hook_calls' );
		return array_values( array_filter( is_array( $calls ) ? $calls : array(), static fn( $c ) => $hook === $c['hook'] ) );
	}

	/**
	 * Runs one of the plugin's Site Health tests through WordPress's own
	 * WP_Site_Health API (the registered direct test's callback).
	 *
	 * @return array<string,mixed> label, status, badge, description, actions, test
	 */
	public function site_health( string $test ): array {
		return $this->wp_eval(
			"require_once ABSPATH . 'wp-admin/includes/class-wp-site-health.php';"
			. ' $tests = WP_Site_Health::get_tests();'
			. ' $t = $tests["direct"][' . var_export( $test, true ) . '] ?? null;'
			. ' return null === $t ? null : call_user_func( $t["test"] );'
		);
	}

	// ---------------------------------------------------------------- stack

	/** Runs tests/e2e/stack.sh <command> (db-stop, db-start). */
	public function stack_command( string $command ): string {
		$env = getenv();
		$env['E2E_RUN_DIR']   = (string) $this->stack['run_dir'];
		$env['E2E_DB_PORT']   = (string) $this->stack['db_port'];
		$env['E2E_HTTP_PORT'] = (string) $this->stack['http_port'];
		$env['E2E_SNS_PORT']  = (string) $this->stack['sns_port'];
		$proc = proc_open( array( 'bash', (string) $this->stack['stack_sh'], $command ), array( 1 => array( 'pipe', 'w' ), 2 => array( 'pipe', 'w' ) ), $pipes, null, $env );
		if ( ! is_resource( $proc ) ) {
			throw new \RuntimeException( "cannot run stack.sh $command" );
		}
		$out  = stream_get_contents( $pipes[1] ) . stream_get_contents( $pipes[2] );
		$code = proc_close( $proc );
		if ( 0 !== $code ) {
			throw new \RuntimeException( "stack.sh $command exited $code: $out" );
		}
		return (string) $out;
	}

	/**
	 * Runs PHP code inside the test WordPress, in a CLI process with the same
	 * php -d flags as php-fpm (site/wp-eval.php), or $php_flags, and returns
	 * what the code returned, through JSON.
	 *
	 * @param list<string>|null $php_flags
	 * @return mixed
	 */
	public function wp_eval( string $code, ?array $php_flags = null ) {
		$command = array_merge(
			array( (string) $this->stack['php_cli'] ),
			array_map( 'strval', $php_flags ?? (array) $this->stack['php_flags'] ),
			array( dirname( __DIR__ ) . '/site/wp-eval.php', $this->stack['run_dir'] . '/stack.json', $code )
		);
		$proc = proc_open( $command, array( 1 => array( 'pipe', 'w' ), 2 => array( 'pipe', 'w' ) ), $pipes );
		if ( ! is_resource( $proc ) ) {
			throw new \RuntimeException( 'cannot run site/wp-eval.php' );
		}
		$out  = (string) stream_get_contents( $pipes[1] );
		$err  = (string) stream_get_contents( $pipes[2] );
		$code = proc_close( $proc );
		if ( 0 !== $code ) {
			throw new \RuntimeException( "wp-eval.php exited $code: $err$out" );
		}
		$lines = explode( "\n", trim( $out ) );
		return json_decode( (string) end( $lines ), true, 64, JSON_THROW_ON_ERROR );
	}

	/**
	 * The site's php flags without its `-d extension=…` (the CLI then runs
	 * the plugin on its plain-PHP fallback).
	 *
	 * @return list<string>
	 */
	public function php_flags_without_the_extension(): array {
		$flags = array_map( 'strval', (array) $this->stack['php_flags'] );
		$kept  = array();
		for ( $i = 0; $i < count( $flags ); $i++ ) {
			if ( '-d' === $flags[ $i ] && str_starts_with( $flags[ $i + 1 ] ?? '', 'extension=' ) ) {
				++$i;
				continue;
			}
			$kept[] = $flags[ $i ];
		}
		return $kept;
	}

	// ------------------------------------------------------------ internals

	/**
	 * @param list<string> $headers
	 * @return \CurlHandle
	 */
	private function handle( string $method, string $url, string $body, array $headers, ?string $cookie_jar ) {
		$ch = curl_init( $url );
		curl_setopt_array(
			$ch,
			array(
				CURLOPT_CUSTOMREQUEST  => $method,
				CURLOPT_RETURNTRANSFER => true,
				CURLOPT_HEADER         => true,
				CURLOPT_HTTPHEADER     => $headers,
				CURLOPT_TIMEOUT        => 30,
				CURLOPT_FOLLOWLOCATION => false,
			)
		);
		if ( 'POST' === $method ) {
			curl_setopt( $ch, CURLOPT_POSTFIELDS, $body );
		}
		if ( null !== $cookie_jar ) {
			curl_setopt( $ch, CURLOPT_COOKIEFILE, $cookie_jar );
			curl_setopt( $ch, CURLOPT_COOKIEJAR, $cookie_jar );
		}
		return $ch;
	}

	/**
	 * @param \CurlHandle $ch
	 * @return array{status:int, body:string, json:?array<string,mixed>, headers:array<string,string>}
	 */
	private function response( $ch, string $raw ): array {
		$header_size = (int) curl_getinfo( $ch, CURLINFO_HEADER_SIZE );
		$status      = (int) curl_getinfo( $ch, CURLINFO_RESPONSE_CODE );
		$headers     = array();
		foreach ( explode( "\r\n", substr( $raw, 0, $header_size ) ) as $line ) {
			if ( str_contains( $line, ':' ) ) {
				[ $name, $value ]                       = explode( ':', $line, 2 );
				$headers[ strtolower( trim( $name ) ) ] = trim( $value );
			}
		}
		$body = substr( $raw, $header_size );
		$json = json_decode( $body, true );
		return array(
			'status'  => $status,
			'body'    => $body,
			'json'    => is_array( $json ) ? $json : null,
			'headers' => $headers,
		);
	}
}

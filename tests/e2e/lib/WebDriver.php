<?php
/**
 * A minimal W3C WebDriver client (PHP curl) for Debian's chromedriver and
 * headless Chromium: no npm, no downloaded browsers. It starts chromedriver
 * itself, records its PID in <run>/pids/chromedriver.pid (so stack.sh stop
 * can end it too if a test dies), and stops exactly that PID.
 */

declare(strict_types=1);

namespace QuillCRM\E2E;

final class WebDriver {
	private const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

	/** @var resource */
	private $process;
	private int $pid;
	private string $base;
	private string $session = '';
	private string $pid_file;

	public function __construct( string $run_dir, int $port ) {
		$driver = getenv( 'E2E_CHROMEDRIVER' ) ?: '/usr/bin/chromedriver';
		if ( ! is_executable( $driver ) ) {
			throw new \RuntimeException( "chromedriver not found at $driver (apt-get install chromium-driver)" );
		}
		$log = $run_dir . '/logs/chromedriver.log';
		$this->process = proc_open(
			array( $driver, '--port=' . $port, '--allowed-ips=127.0.0.1', '--log-path=' . $log ),
			array( 0 => array( 'file', '/dev/null', 'r' ), 1 => array( 'file', $log . '.out', 'a' ), 2 => array( 'file', $log . '.out', 'a' ) ),
			$pipes
		);
		if ( ! is_resource( $this->process ) ) {
			throw new \RuntimeException( 'cannot start chromedriver' );
		}
		$this->pid      = (int) proc_get_status( $this->process )['pid'];
		$this->pid_file = $run_dir . '/pids/chromedriver.pid';
		file_put_contents( $this->pid_file, $this->pid . "\n" );
		$this->base = "http://127.0.0.1:$port";
		for ( $i = 0; $i < 100; $i++ ) {
			$status = $this->call( 'GET', '/status', null, false );
			if ( true === ( $status['value']['ready'] ?? false ) ) {
				return;
			}
			usleep( 100000 );
		}
		$this->quit();
		throw new \RuntimeException( "chromedriver did not become ready on port $port (see $log)" );
	}

	/** Starts headless Chromium with a fresh profile. */
	public function start_session( string $user_data_dir ): void {
		$chromium = getenv( 'E2E_CHROMIUM' ) ?: '/usr/bin/chromium';
		$caps     = array(
			'capabilities' => array(
				'alwaysMatch' => array(
					'browserName'             => 'chrome',
					'unhandledPromptBehavior' => 'accept',
					'goog:chromeOptions'      => array(
						'binary' => $chromium,
						'args'   => array(
							'--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
							'--disable-background-networking', '--disable-component-update', '--disable-sync',
							'--disable-dev-shm-usage', '--window-size=1280,1400', '--user-data-dir=' . $user_data_dir,
						),
					),
				),
			),
		);
		$r             = $this->call( 'POST', '/session', $caps );
		$this->session = (string) $r['value']['sessionId'];
	}

	public function go( string $url ): void {
		$this->call( 'POST', $this->s( '/url' ), array( 'url' => $url ) );
	}

	public function current_url(): string {
		return (string) $this->call( 'GET', $this->s( '/url' ) )['value'];
	}

	public function title(): string {
		return (string) $this->call( 'GET', $this->s( '/title' ) )['value'];
	}

	/** The element id, or null when no element matches. */
	public function find( string $css ): ?string {
		$r = $this->call( 'POST', $this->s( '/element' ), array( 'using' => 'css selector', 'value' => $css ), false );
		return isset( $r['value'][ self::ELEMENT ] ) ? (string) $r['value'][ self::ELEMENT ] : null;
	}

	public function property( string $element, string $name ): ?string {
		$v = $this->call( 'GET', $this->s( "/element/$element/property/$name" ) )['value'];
		return null === $v ? null : (string) $v;
	}

	public function text( string $element ): string {
		return (string) $this->call( 'GET', $this->s( "/element/$element/text" ) )['value'];
	}

	public function click( string $element ): void {
		$this->call( 'POST', $this->s( "/element/$element/click" ), new \stdClass() );
	}

	/** @return mixed */
	public function execute( string $script, array $args = array() ) {
		return $this->call( 'POST', $this->s( '/execute/sync' ), array( 'script' => $script, 'args' => $args ) )['value'];
	}

	/**
	 * Runs an asynchronous script: it gets a callback as its last argument
	 * and calls it with the result.
	 *
	 * @return mixed
	 */
	public function execute_async( string $script, array $args = array() ) {
		return $this->call( 'POST', $this->s( '/execute/async' ), array( 'script' => $script, 'args' => $args ) )['value'];
	}

	public function screenshot( string $file ): void {
		$png = base64_decode( (string) $this->call( 'GET', $this->s( '/screenshot' ) )['value'], true );
		if ( false === $png ) {
			throw new \RuntimeException( 'screenshot: not base64' );
		}
		if ( ! is_dir( dirname( $file ) ) ) {
			mkdir( dirname( $file ), 0777, true );
		}
		file_put_contents( $file, $png );
	}

	/**
	 * Polls $condition (returns non-null when done) for up to $seconds.
	 *
	 * A "stale element reference" inside $condition counts as "not yet":
	 * while a click's navigation is under way, find() can still return an
	 * element of the old page that is gone by the next command.
	 */
	public function wait_for( callable $condition, float $seconds, string $what ) {
		$until = microtime( true ) + $seconds;
		do {
			try {
				$v = $condition();
			} catch ( \RuntimeException $e ) {
				if ( ! self::is_stale_element( $e ) ) {
					throw $e;
				}
				$v = null;
			}
			if ( null !== $v && false !== $v ) {
				return $v;
			}
			usleep( 100000 );
		} while ( microtime( true ) < $until );
		throw new \RuntimeException( "timed out after {$seconds}s waiting for $what" );
	}

	/** WebDriver's error for an element whose page has been replaced. */
	public static function is_stale_element( \Throwable $e ): bool {
		return str_contains( $e->getMessage(), '"stale element reference"' );
	}

	/** Closes the browser and stops chromedriver (by its PID). */
	public function quit(): void {
		if ( '' !== $this->session ) {
			try {
				$this->call( 'DELETE', $this->s( '' ), null, false );
			} catch ( \Throwable $e ) {
				unset( $e );
			}
			$this->session = '';
		}
		if ( is_resource( $this->process ) ) {
			proc_terminate( $this->process, 15 );
			for ( $i = 0; $i < 50 && proc_get_status( $this->process )['running']; $i++ ) {
				usleep( 100000 );
			}
			if ( proc_get_status( $this->process )['running'] ) {
				proc_terminate( $this->process, 9 );
			}
			proc_close( $this->process );
			@unlink( $this->pid_file ); // phpcs:ignore
		}
	}

	private function s( string $path ): string {
		if ( '' === $this->session ) {
			throw new \LogicException( 'no WebDriver session' );
		}
		return '/session/' . $this->session . $path;
	}

	/**
	 * @param mixed $body
	 * @return array<string,mixed>
	 */
	private function call( string $method, string $path, $body = null, bool $throw = true ): array {
		$ch = curl_init( $this->base . $path );
		curl_setopt_array(
			$ch,
			array(
				CURLOPT_CUSTOMREQUEST  => $method,
				CURLOPT_RETURNTRANSFER => true,
				CURLOPT_TIMEOUT        => 60,
				CURLOPT_HTTPHEADER     => array( 'Content-Type: application/json; charset=utf-8' ),
			)
		);
		if ( null !== $body ) {
			curl_setopt( $ch, CURLOPT_POSTFIELDS, json_encode( $body, JSON_UNESCAPED_SLASHES ) );
		}
		$raw    = curl_exec( $ch );
		$status = (int) curl_getinfo( $ch, CURLINFO_RESPONSE_CODE );
		if ( false === $raw ) {
			if ( $throw ) {
				throw new \RuntimeException( "WebDriver $method $path: " . curl_error( $ch ) );
			}
			return array();
		}
		$json = json_decode( (string) $raw, true );
		if ( $throw && ( $status >= 400 || ! is_array( $json ) ) ) {
			throw new \RuntimeException( "WebDriver $method $path -> HTTP $status: " . substr( (string) $raw, 0, 500 ) );
		}
		return is_array( $json ) ? $json : array();
	}
}

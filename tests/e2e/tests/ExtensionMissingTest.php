<?php
/**
 * A site whose PHP does not load the quillcrm_sns extension: SNS gets a 503
 * (it retries, nothing is lost) and every wp-admin page says how to install
 * it. Run against the real test WordPress and database, from a PHP CLI
 * started without the extension (php-fpm keeps it, so the rest of the suite
 * is unaffected).
 */

declare(strict_types=1);

namespace QuillCRM\E2E\Tests;

final class ExtensionMissingTest extends E2eTestCase {

	/** Runs a site script with the stack's PHP flags minus the extension and its directives. */
	private function php_without_extension( string $script, string ...$args ): array {
		$stack = json_decode( (string) file_get_contents( ( getenv( 'E2E_RUN_DIR' ) ?: dirname( __DIR__ ) . '/run' ) . '/stack.json' ), true );
		$flags = array();
		$raw   = array_values( (array) $stack['php_flags'] );
		for ( $i = 0; $i < count( $raw ); $i++ ) {
			$next = $raw[ $i + 1 ] ?? '';
			if ( '-d' === $raw[ $i ] && ( str_starts_with( $next, 'extension=' ) || str_starts_with( $next, 'quillcrm_sns.' ) ) ) {
				$i++;
				continue;
			}
			$flags[] = $raw[ $i ];
		}
		$command = array_merge( array( (string) $stack['php_cli'] ), $flags, array( dirname( __DIR__ ) . '/site/' . $script, $stack['run_dir'] . '/stack.json' ), $args );
		$proc    = proc_open( $command, array( 1 => array( 'pipe', 'w' ), 2 => array( 'pipe', 'w' ) ), $pipes );
		$this->assertIsResource( $proc );
		$out = (string) stream_get_contents( $pipes[1] );
		$err = (string) stream_get_contents( $pipes[2] );
		return array( 'exit' => proc_close( $proc ), 'out' => $out, 'err' => $err );
	}

	/** @return array{status:int, json:?array<string,mixed>, raw:string} */
	private function webhook_without_extension( string $key ): array {
		$run = $this->php_without_extension( 'webhook-without-extension.php', $key );
		$this->assertSame( 0, $run['exit'], $run['err'] . $run['out'] );
		$this->assertMatchesRegularExpression( '/\nHTTP (\d+)\n$/', $run['out'], $run['out'] );
		preg_match( '/\nHTTP (\d+)\n$/', $run['out'], $m );
		$body = trim( substr( $run['out'], 0, -strlen( $m[0] ) ) );
		return array( 'status' => (int) $m[1], 'json' => json_decode( $body, true ), 'raw' => $run['out'] );
	}

	public function testWebhookWithoutTheExtensionAnswers503SoSnsRetries(): void {
		$r = $this->webhook_without_extension( $this->site->key() );
		$this->assertSame( 503, $r['status'], $r['raw'] );
		$this->assertSame( 'retry', $r['json']['outcome'] ?? null, $r['raw'] );
		$this->assertSame( 'extension_missing', $r['json']['error'] ?? null, $r['raw'] );
		$this->assertStringContainsString( 'retry', (string) ( $r['json']['detail'] ?? '' ) );
	}

	public function testWrongKeyWithoutTheExtensionIsStill403(): void {
		$r = $this->webhook_without_extension( 'not-the-key' );
		$this->assertSame( 403, $r['status'], $r['raw'] );
		$this->assertSame( 'invalid_key', $r['json']['error'] ?? null, $r['raw'] );
	}

	public function testAdminPagesExplainHowToInstallTheExtension(): void {
		$code = 'wp_set_current_user( 1 ); ob_start(); do_action( "admin_notices" ); return ob_get_clean();';
		$run  = $this->php_without_extension( 'wp-eval.php', $code );
		$this->assertSame( 0, $run['exit'], $run['err'] . $run['out'] );
		$lines  = explode( "\n", trim( $run['out'] ) );
		$notice = (string) json_decode( (string) end( $lines ), true );
		$this->assertStringContainsString( 'quillcrm_sns PHP extension is not loaded', $notice );
		$this->assertStringContainsString( './build.sh install', $notice );
		$this->assertStringContainsString( 'extension=/path/to/libquillcrm_sns.so', $notice );
	}
}

<?php
/**
 * php/stubs/quillcrm_sns.stub.php describes the real extension: the same
 * signatures, every returned key, every error code; and it is inert at runtime.
 */

declare(strict_types=1);

namespace QuillCRM\Tests\Sns;

final class StubTest extends ExtensionTestCase {
	private static function stubPath(): string {
		return dirname( __DIR__, 3 ) . '/php/stubs/quillcrm_sns.stub.php';
	}

	private static function stub(): string {
		return (string) file_get_contents( self::stubPath() );
	}

	/** The keys of the `@return array{...}` shape of $function, top level only. */
	private static function returnShapeKeys( string $function ): array {
		$stub = self::stub();
		$end  = strpos( $stub, "function $function(" );
		$doc  = substr( $stub, 0, (int) $end );
		$doc  = substr( $doc, (int) strrpos( $doc, '@return array{' ) );
		$keys = array();
		$depth = 0;
		foreach ( explode( "\n", $doc ) as $line ) {
			$line = ltrim( $line, " \t*" );
			if ( 1 === $depth && preg_match( '/^([a-z_]+):/', $line, $m ) ) {
				$keys[] = $m[1];
			}
			$depth += substr_count( $line, '{' ) - substr_count( $line, '}' );
		}
		return $keys;
	}

	/** @group extension-only */
	public function testStubIsInertWhenIncludedNextToTheExtension(): void {
		$run = PhpProcess::code( array(), 'include ' . var_export( self::stubPath(), true ) . '; echo function_exists("quillcrm_sns_handle") ? "ok" : "missing";' );

		$this->assertSame( 0, $run['exit'], $run['stderr'] );
		$this->assertSame( 'ok', $run['stdout'] );
	}

	public function testStubSignaturesMatchTheExtension(): void {
		$this->assertStringContainsString( 'function quillcrm_sns_handle( string $body, array $request = array() ): array {}', self::stub() );
		$this->assertStringContainsString( 'function quillcrm_sns_info(): array {}', self::stub() );
		$this->assertStringContainsString( 'function quillcrm_sns_is_topic_arn( string $arn ): bool {}', self::stub() );
		$this->assertSame( array( 'arn' ), array_map( static fn( \ReflectionParameter $p ): string => $p->getName(), ( new \ReflectionFunction( 'quillcrm_sns_is_topic_arn' ) )->getParameters() ) );
		$this->assertSame( array( 'body', 'request' ), array_map( static fn( \ReflectionParameter $p ): string => $p->getName(), ( new \ReflectionFunction( 'quillcrm_sns_handle' ) )->getParameters() ) );
	}

	public function testStubReturnShapeHasEveryReturnedKey(): void {
		$response = $this->handleEnvelope( SnsMessages::notification( SesPayloads::hard_bounce() ) );

		$this->assertSame( array_keys( $response ), self::returnShapeKeys( 'quillcrm_sns_handle' ) );
	}

	public function testStubInfoShapeHasEveryInfoKey(): void {
		$this->assertSame( array_keys( quillcrm_sns_info() ), self::returnShapeKeys( 'quillcrm_sns_info' ) );
	}

	public function testStubListsEveryErrorCode(): void {
		preg_match( "/error: null\\|([^\n]+),\n/", self::stub(), $m );

		$this->assertSame( self::ERROR_CODES, explode( '|', str_replace( "'", '', $m[1] ?? '' ) ) );
		foreach ( self::ERROR_CODES as $code ) {
			$this->assertMatchesRegularExpression( "/^\\s*\\*\\s+- `$code`\\s+(400|403|413|503) /m", self::stub(), "$code is documented with its status" );
		}
	}

	public function testStubDocumentsEveryRequestKey(): void {
		foreach ( array( 'key', 'expected_key', 'headers', 'allowed_topics', 'confirm', 'now', 'max_age', 'min_signature_version' ) as $key ) {
			$this->assertMatchesRegularExpression( "/^\\s*\\* - `$key` \\(/m", self::stub(), $key );
		}
	}
}

<?php
/**
 * The fallback's text rules where PCRE's JIT is off (some hosts turn it
 * off). The interpreter counts backtracking steps against
 * pcre.backtrack_limit; a pattern that backtracks through a run of spaces at
 * every position of it takes time quadratic in the run (a 100,000-space
 * header value took 85 s), and over the limit preg_replace() returns null.
 * Here the limit is low, so a pattern that backtracks through a run fails
 * the test instead of only being slow.
 */

declare(strict_types=1);

namespace QuillCRM\Tests\Sns;

use QuillCRM\Sns\Polyfill\Text;

/**
 * @group polyfill-only
 */
final class FallbackTextTest extends ExtensionTestCase {

	/** @var array<string, string> */
	private array $saved = array();

	protected function setUp(): void {
		foreach ( array( 'pcre.jit' => '0', 'pcre.backtrack_limit' => '1000' ) as $name => $value ) {
			$this->saved[ $name ] = (string) ini_get( $name );
			ini_set( $name, $value );
		}
	}

	protected function tearDown(): void {
		foreach ( $this->saved as $name => $value ) {
			ini_set( $name, $value );
		}
	}

	public function testTrimKeepsARunOfSpacesInsideTheText(): void {
		$inside = 'X' . str_repeat( ' ', 5000 ) . 'Y';

		$this->assertSame( $inside, Text::trim( "\u{3000} \t" . $inside . " \u{2029}\n" ) );
	}

	public function testTrimRemovesARunOfSpacesAtEachEnd(): void {
		$this->assertSame( 'X', Text::trim( str_repeat( ' ', 5000 ) . 'X' . str_repeat( "\u{a0}", 5000 ) ) );
	}

	public function testTrimOfOnlySpacesIsEmpty(): void {
		$this->assertSame( '', Text::trim( str_repeat( "\u{85} ", 5000 ) ) );
	}
}

<?php
/**
 * The committed translation template is what tools/make-pot.sh (GNU
 * xgettext with WordPress's keywords) makes from the plugin today.
 */

declare(strict_types=1);

use PHPUnit\Framework\TestCase;

final class PotTest extends TestCase {
	private const POT = __DIR__ . '/../../../php/languages/quillcrm-bounce.pot';

	/** The template without its POT-Creation-Date line (it changes on every run). */
	private static function without_date( string $pot ): string {
		return (string) preg_replace( '/^"POT-Creation-Date: .*\n/m', '', $pot );
	}

	private static function make( string $out ): void {
		$script = dirname( __DIR__, 3 ) . '/tools/make-pot.sh';
		exec( escapeshellarg( $script ) . ' ' . escapeshellarg( $out ) . ' 2>&1', $output, $status );
		self::assertSame( 0, $status, "tools/make-pot.sh failed:\n" . implode( "\n", $output ) );
	}

	public function testTheCommittedTemplateIsUpToDate(): void {
		$fresh = tempnam( sys_get_temp_dir(), 'quillcrm-pot-' );
		try {
			self::make( $fresh );
			$this->assertFileExists( self::POT, 'php/languages/quillcrm-bounce.pot is committed' );
			$this->assertSame(
				self::without_date( (string) file_get_contents( self::POT ) ),
				self::without_date( (string) file_get_contents( $fresh ) ),
				'php/languages/quillcrm-bounce.pot is out of date: run ./build.sh pot and commit it'
			);
		} finally {
			unlink( $fresh );
		}
	}

	public function testTheTemplateHasTheStringsOfEveryKeywordKind(): void {
		$pot = (string) file_get_contents( self::POT );

		// __(), esc_html__(), esc_html_e(), esc_attr__(), _n() (plural), with translator comments.
		$this->assertStringContainsString( 'msgid "Bounce Handling"', $pot );
		$this->assertStringContainsString( 'msgid "Copied."', $pot );
		$this->assertMatchesRegularExpression( '/msgid "%1\$d request with a wrong or missing key since %2\$s, the last at %3\$s\."\nmsgid_plural "/', $pot );
		$this->assertStringContainsString( '#. translators: %s: email address.', $pot );
		$this->assertStringNotContainsString( 'This endpoint only accepts POST requests', $pot, 'the webhook\'s JSON answers are never translated' );
	}

	public function testEveryStringWithAPlaceholderHasATranslatorComment(): void {
		$missing = array();
		foreach ( preg_split( '/\n\n+/', (string) file_get_contents( self::POT ) ) as $entry ) {
			if ( str_contains( $entry, "\n#, php-format" ) && ! str_contains( $entry, '#. translators:' ) ) {
				preg_match( '/^#: (.*)$/m', $entry, $where );
				$missing[] = $where[1] ?? $entry;
			}
		}

		$this->assertSame( array(), $missing, 'a /* translators: */ comment on the line right before the string' );
	}

	public function testEveryContactStatusTheScreensShowCanBeTranslated(): void {
		$pot = (string) file_get_contents( self::POT );

		foreach ( array( 'subscribed', 'unsubscribed', 'pending', 'bounced', 'complained' ) as $status ) {
			$this->assertStringContainsString( "msgctxt \"contact status\"\nmsgid \"$status\"", $pot );
		}
	}
}

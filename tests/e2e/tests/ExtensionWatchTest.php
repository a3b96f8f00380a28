<?php
/**
 * The record of which implementation answers deliveries, and the email
 * when it gets worse, follow the web server's PHP only.
 */

declare(strict_types=1);

namespace QuillCRM\E2E\Tests;

final class ExtensionWatchTest extends E2eTestCase {
	private const OPTION = 'quillcrm_bounce_implementation';

	public function testACommandLinePhpWithoutTheExtensionNeitherRecordsNorMailsALoss(): void {
		$this->site->request( 'GET', $this->site->url( '/' ) ); // The web server's PHP records its own.
		$this->assertSame( 'extension', $this->site->option( self::OPTION ) );
		$before  = count( $this->site->mails() );

		$loaded = $this->site->wp_eval( 'return extension_loaded( "quillcrm_sns" );', $this->flags_without_the_extension() );

		$this->assertFalse( $loaded, 'the command line ran without the extension' );
		$this->assertSame( 'extension', $this->site->option( self::OPTION ) );
		$mails = array_filter( array_slice( $this->site->mails(), $before ), static fn( array $m ): bool => str_contains( $m['subject'], 'lost its PHP extension' ) );
		$this->assertSame( array(), $mails );
	}

	/** @return list<string> The site's php flags but `-d extension=…`. */
	private function flags_without_the_extension(): array {
		$flags = array_map( 'strval', (array) $this->site->stack['php_flags'] );
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
}

<?php
/**
 * The record of which implementation answers deliveries, and the email
 * when it gets worse, follow the web server's PHP only.
 */

declare(strict_types=1);

namespace QuillCRM\E2E\Tests;

final class ExtensionWatchTest extends E2eTestCase {
	private const OPTION = 'quillcrm_bounce_implementation';

	public function testACommandLinePhpWithTheExtensionLeavesTheWebServersLossEmailDue(): void {
		// A webhook delivery on the web server's PHP, which lost the
		// extension, made the email due (it answers before `init`); the next
		// request to reach `init` is a command-line PHP that has it.
		$this->site->set_option( self::OPTION, 'php' );
		$this->site->set_option( 'quillcrm_bounce_loss_mail_due', 'php' );
		try {
			$due = $this->site->wp_eval( 'return get_option( "quillcrm_bounce_loss_mail_due", false );' );
		} finally {
			$this->site->exec( 'DELETE FROM ' . $this->site->table( 'options' ) . " WHERE option_name = 'quillcrm_bounce_loss_mail_due'" );
			$this->site->set_option( self::OPTION, 'extension' );
		}

		$this->assertSame( 'php', $due, 'still due, for the web server\'s next request' );
	}

	public function testACommandLinePhpWithoutTheExtensionNeitherRecordsNorMailsALoss(): void {
		$this->site->request( 'GET', $this->site->url( '/' ) ); // The web server's PHP records its own.
		$this->assertSame( 'extension', $this->site->option( self::OPTION ) );
		$before  = count( $this->site->mails() );

		$loaded = $this->site->wp_eval( 'return extension_loaded( "quillcrm_sns" );', $this->site->php_flags_without_the_extension() );

		$this->assertFalse( $loaded, 'the command line ran without the extension' );
		$this->assertSame( 'extension', $this->site->option( self::OPTION ) );
		$mails = array_filter( array_slice( $this->site->mails(), $before ), static fn( array $m ): bool => str_contains( $m['subject'], 'lost its PHP extension' ) );
		$this->assertSame( array(), $mails );
	}
}
